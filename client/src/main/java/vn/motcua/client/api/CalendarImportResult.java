package vn.motcua.client.api;

/** What an import of calendar decisions did: days recorded, and days already recorded exactly so. */
public record CalendarImportResult(int added, int unchanged) {}
