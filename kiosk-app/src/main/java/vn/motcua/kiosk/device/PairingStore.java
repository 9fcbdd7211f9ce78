package vn.motcua.kiosk.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.kiosk.shared.KioskProperties;

/**
 * The pairings, in memory and in one small JSON file so that a restart keeps every screen paired. The file
 * holds device secrets, so only this app's user may read it.
 */
@Component
class PairingStore {

    private final Path file;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Pairing> pairings = new ConcurrentHashMap<>();

    PairingStore(KioskProperties properties) {
        this.file = properties.dataDir().resolve("kiosk-pairings.json");
        if (Files.exists(file)) {
            List<Pairing> saved = json.readValue(file.toFile(), new TypeReference<List<Pairing>>() {});
            saved.forEach(p -> pairings.put(p.id(), p));
        }
    }

    Optional<Pairing> find(String id) {
        return Optional.ofNullable(pairings.get(id));
    }

    synchronized void save(Pairing pairing) {
        pairings.put(pairing.id(), pairing);
        write();
    }

    synchronized void remove(String id) {
        pairings.remove(id);
        write();
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            json.writeValue(temp.toFile(), List.copyOf(pairings.values()));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the pairings to " + file, e);
        }
    }
}
