package fr.capcooperation.web;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written on a socket, for requests that HTTP clients refuse to send: a forged
 * {@code Host} header, a query string that is not valid percent-encoding.
 */
final class RawHttp {

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/** The response: {@code status} (the status line), each header by its lower-case name, and {@code body}. */
	Map<String, String> exchange(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			Map<String, String> response = new LinkedHashMap<>();
			response.put("status", in.readLine());
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				int colon = line.indexOf(':');
				response.merge(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(),
						(first, second) -> first + "; " + second);
			}
			StringBuilder body = new StringBuilder();
			char[] buffer = new char[8192];
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				body.append(buffer, 0, read);
			}
			response.put("body", body.toString());
			return response;
		}
	}

	Map<String, String> get(String path, String host) throws Exception {
		return exchange("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
	}

	Map<String, String> postForm(String path, String host, String cookie, String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return exchange("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\n"
				+ (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length
				+ "\r\nConnection: close\r\n\r\n" + body);
	}

	/** The status code of a response. */
	static int status(Map<String, String> response) {
		return Integer.parseInt(response.get("status").split(" ")[1]);
	}
}
