package fr.capcooperation.admin;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;

/** What an account may do: ADMIN everything, EDITOR drafts and previews, TRAINER the trainer mode. */
public enum Role {

	/** Everything; the back-office's home lists it all. */
	ADMIN("/admin"),
	/** The draft, previews, history and statistics; the draft is where an editor starts. */
	EDITOR("/admin/brouillon"),
	/** The trainer mode; the live sessions are where a trainer starts. */
	TRAINER("/formateur/direct");

	private final String home;

	Role(String home) {
		this.home = home;
	}

	/** The page a person with this role lands on after logging in. */
	public String home() {
		return home;
	}

	/** The home of whoever holds these authorities: that of the first of their roles, in the order above; else the site. */
	static String homeOf(Collection<? extends GrantedAuthority> authorities) {
		for (Role role : values()) {
			if (authorities.stream().anyMatch(authority -> ("ROLE_" + role.name()).equals(authority.getAuthority()))) {
				return role.home;
			}
		}
		return "/";
	}
}
