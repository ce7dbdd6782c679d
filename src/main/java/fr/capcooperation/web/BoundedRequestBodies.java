package fr.capcooperation.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.capcooperation.CapCoopSettings;

/**
 * Request bodies of at most {@code capcoop.max-request-size} (1 MB by default), counted as they
 * are read, whatever their framing: a declared {@code Content-Length} over the limit is refused
 * before anything is read, and a chunked body (no length) is cut off at the limit, so that no
 * reader ever holds more than the limit in memory. Either way the answer is the French 413 page.
 * Form bodies are parsed by Tomcat itself and bounded by {@code server.tomcat.max-http-form-post-size}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BoundedRequestBodies extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(BoundedRequestBodies.class);

	private final long limit;

	BoundedRequestBodies(CapCoopSettings settings) {
		this.limit = settings.maxRequestSize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			refuse(request, response);
			return;
		}
		BoundedRequest bounded = new BoundedRequest(request, limit);
		try {
			chain.doFilter(bounded, new MutedOnceExceeded(response, bounded));
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!bounded.exceeded || response.isCommitted()) {
				throw ex;
			}
		}
		// Whatever a reader made of the cut-off body (a JSON error, say), the answer is 413.
		if (bounded.exceeded && !response.isCommitted()) {
			refuse(request, response);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(null); // the error page's format follows the request, not a dropped answer
		log.warn("Request body over {} bytes refused: {} {}", limit, request.getMethod(), request.getRequestURI());
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

	/**
	 * The response, whose handler's own answer to a cut-off body (a JSON problem, flushed at
	 * once) is dropped, so that it stays uncommitted for the 413.
	 */
	private static final class MutedOnceExceeded extends HttpServletResponseWrapper {

		private final BoundedRequest request;
		private @Nullable ServletOutputStream stream;
		private @Nullable PrintWriter writer;

		MutedOnceExceeded(HttpServletResponse response, BoundedRequest request) {
			super(response);
			this.request = request;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (stream == null) {
				ServletOutputStream delegate = super.getOutputStream();
				stream = new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						if (!request.exceeded) {
							delegate.write(b);
						}
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						if (!request.exceeded) {
							delegate.write(bytes, offset, length);
						}
					}

					@Override
					public void flush() throws IOException {
						if (!request.exceeded) {
							delegate.flush();
						}
					}

					@Override
					public boolean isReady() {
						return delegate.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						delegate.setWriteListener(listener);
					}
				};
			}
			return stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				String encoding = getCharacterEncoding();
				writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
						encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
			}
			return writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			if (!request.exceeded) {
				super.flushBuffer();
			}
		}

		@Override
		public void sendError(int status) throws IOException {
			if (!request.exceeded) {
				super.sendError(status);
			}
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			if (!request.exceeded) {
				super.sendError(status, message);
			}
		}
	}

	/** The request whose body stream fails once more than the limit has been read from it. */
	private static final class BoundedRequest extends HttpServletRequestWrapper {

		private final long limit;
		private @Nullable ServletInputStream stream;
		private @Nullable BufferedReader reader;
		private volatile boolean exceeded;

		BoundedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream());
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
				reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
			}
			return reader;
		}

		private final class CountingStream extends ServletInputStream {

			private final ServletInputStream delegate;
			private long count;

			CountingStream(ServletInputStream delegate) {
				this.delegate = delegate;
			}

			@Override
			public int read() throws IOException {
				if (exceeded) {
					throw tooLarge();
				}
				int value = delegate.read();
				if (value >= 0) {
					counted(1);
				}
				return value;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (exceeded) {
					throw tooLarge();
				}
				// never read more than one byte past the limit
				int read = delegate.read(buffer, offset, (int) Math.min(length, limit - count + 1));
				if (read > 0) {
					counted(read);
				}
				return read;
			}

			private void counted(int read) throws IOException {
				count += read;
				if (count > limit) {
					exceeded = true;
					throw tooLarge();
				}
			}

			private IOException tooLarge() {
				return new IOException("Request body over " + limit + " bytes");
			}

			@Override
			public boolean isFinished() {
				return delegate.isFinished();
			}

			@Override
			public boolean isReady() {
				return delegate.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				delegate.setReadListener(listener);
			}
		}
	}
}
