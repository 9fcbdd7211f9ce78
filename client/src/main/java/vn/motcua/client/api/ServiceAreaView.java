package vn.motcua.client.api;

/** A service area (lĩnh vực): its ticket prefix letter and, if any, the most tickets it hands out per day. */
public record ServiceAreaView(
        long id, String code, String name, String nameEn, String prefix, Integer dailyLimit, boolean active) {}
