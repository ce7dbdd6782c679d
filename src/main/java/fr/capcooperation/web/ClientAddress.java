package fr.capcooperation.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client as the application sees it, for the rate limits: the address of the connection
 * ({@link HttpServletRequest#getRemoteAddr()}). Behind a reverse proxy that is the proxy's,
 * unless the server is told to trust its {@code X-Forwarded-For} header
 * ({@code server.forward-headers-strategy=native}; see {@code docs/operations.md}). An IPv6
 * address counts by its /64 network: one subscriber usually holds a whole /64, and would
 * otherwise get a fresh allowance with every address of it.
 */
public final class ClientAddress {

	private static final int IPV6_NETWORK_BYTES = 8;

	private ClientAddress() {
	}

	/** The key under which a request's client is counted. */
	public static String of(HttpServletRequest request) {
		return key(request.getRemoteAddr());
	}

	/**
	 * The key of an address as the servlet container gives it: an IPv4 address as it is, an
	 * IPv6 one as its /64 network ({@code 2001:db8:0:7::/64}).
	 */
	public static String key(String address) {
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			// A literal address: no name is looked up.
			InetAddress parsed = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]");
			if (!(parsed instanceof Inet6Address)) {
				return parsed.getHostAddress();
			}
			byte[] bytes = parsed.getAddress();
			StringBuilder network = new StringBuilder();
			for (int i = 0; i < IPV6_NETWORK_BYTES; i += 2) {
				network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return network.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return "invalid:" + HexFormat.of().formatHex(address.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
	}
}
