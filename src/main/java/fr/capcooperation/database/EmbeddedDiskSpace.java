package fr.capcooperation.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * The free space on the disk of an H2 file database, read at most once a second. H2 handles a
 * full disk badly: the write that fails closes the database, and a connection that was in the
 * middle of a transaction can spin for ever. So the application stops using the database while
 * less than a reserve is free (32 MB by default, {@code capcoop.database.disk-reserve}): pages
 * that need it get the 503 page and health is DOWN, before H2 ever meets a full disk.
 */
final class EmbeddedDiskSpace {

	private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

	/** The prefixes that H2 puts before a file name: {@code file:}, and file system wrappers such as {@code nio:}. */
	private static final Pattern PREFIXES = Pattern.compile("^(?:[a-zA-Z]{2,}:)+");

	private final LongSupplier usableBytes;
	private final long reserve;
	private volatile long checkedAt = System.nanoTime() - INTERVAL_NANOS;
	private volatile long usable = Long.MAX_VALUE;

	EmbeddedDiskSpace(LongSupplier usableBytes, long reserve) {
		this.usableBytes = usableBytes;
		this.reserve = reserve;
	}

	/** The free space of the disk of the database this H2 URL names, when it is a file on this machine's disks. */
	static Optional<EmbeddedDiskSpace> of(String url, long reserve) {
		if (reserve <= 0 || !DatabaseConnections.isEmbeddedFile(url)) {
			return Optional.empty();
		}
		String name = PREFIXES.matcher(url.substring("jdbc:h2:".length()).split(";", 2)[0]).replaceFirst("");
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		Path folder;
		try {
			folder = Path.of(name).toAbsolutePath().getParent();
		}
		catch (InvalidPathException ex) {
			return Optional.empty();
		}
		if (folder == null) {
			return Optional.empty();
		}
		Path disk = folder;
		return Optional.of(new EmbeddedDiskSpace(() -> usableSpace(disk), reserve));
	}

	/** The usable space of the disk holding this folder, or of its nearest existing parent. */
	private static long usableSpace(Path folder) {
		for (Path existing = folder; existing != null; existing = existing.getParent()) {
			if (Files.exists(existing)) {
				try {
					return Files.getFileStore(existing).getUsableSpace();
				}
				catch (IOException ex) {
					return Long.MAX_VALUE; // cannot tell: let H2 try
				}
			}
		}
		return Long.MAX_VALUE;
	}

	/** Whether less than the reserve is free. */
	boolean low() {
		long now = System.nanoTime();
		if (now - checkedAt >= INTERVAL_NANOS) {
			usable = usableBytes.getAsLong();
			checkedAt = now;
		}
		return usable < reserve;
	}

	long usable() {
		return usable;
	}

	long reserve() {
		return reserve;
	}
}
