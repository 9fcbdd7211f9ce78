package vn.motcua.client.api;

/** Where a called ticket goes next: another service area, or one counter in particular (exactly one of the two). */
public record TransferRequest(Long areaId, Long counterId) {}
