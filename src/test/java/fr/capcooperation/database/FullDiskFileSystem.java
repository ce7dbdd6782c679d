package fr.capcooperation.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2 files on the real disk, under the prefix {@code fulldisk:}, that behave like a full disk
 * while {@link #fill()} is in force: a write that would make a file longer fails with "No space
 * left on device", as the kernel's would; writes inside a file's current length still succeed.
 * It lets a test fill the disk under the database without mounting a file system.
 */
public class FullDiskFileSystem extends FilePathWrapper {

	private static volatile boolean full;

	/** Makes the prefix known to H2 (once per JVM; H2 keeps the registration). */
	static void register() {
		FilePath.register(new FullDiskFileSystem());
	}

	static void fill() {
		full = true;
	}

	static void free() {
		full = false;
	}

	@Override
	public String getScheme() {
		return "fulldisk";
	}

	@Override
	public FileChannel open(String mode) throws IOException {
		return new FullDiskFile(getBase().open(mode));
	}

	/** A file channel that refuses to grow while the disk is full. */
	private static final class FullDiskFile extends FileBase {

		private final FileChannel channel;

		FullDiskFile(FileChannel channel) {
			this.channel = channel;
		}

		private void checkSpace(long end) throws IOException {
			if (full && end > channel.size()) {
				throw new IOException("No space left on device");
			}
		}

		@Override
		public int write(ByteBuffer source) throws IOException {
			checkSpace(channel.position() + source.remaining());
			return channel.write(source);
		}

		@Override
		public int write(ByteBuffer source, long position) throws IOException {
			checkSpace(position + source.remaining());
			return channel.write(source, position);
		}

		@Override
		public int read(ByteBuffer destination) throws IOException {
			return channel.read(destination);
		}

		@Override
		public int read(ByteBuffer destination, long position) throws IOException {
			return channel.read(destination, position);
		}

		@Override
		public long position() throws IOException {
			return channel.position();
		}

		@Override
		public FileChannel position(long position) throws IOException {
			channel.position(position);
			return this;
		}

		@Override
		public long size() throws IOException {
			return channel.size();
		}

		@Override
		public FileChannel truncate(long size) throws IOException {
			channel.truncate(size);
			return this;
		}

		@Override
		public void force(boolean metaData) throws IOException {
			channel.force(metaData);
		}

		@Override
		public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
			return channel.tryLock(position, size, shared);
		}

		@Override
		protected void implCloseChannel() throws IOException {
			channel.close();
		}
	}
}
