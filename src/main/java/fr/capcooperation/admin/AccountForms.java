package fr.capcooperation.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The back-office's account forms, bound and checked by Spring; the rules on passwords are {@link AccountService}'s. */
final class AccountForms {

	private AccountForms() {
	}

	/** A new account: its username, first password and role. */
	static final class NewAccount {

		@Pattern(regexp = "\\s*[a-zA-Z0-9._@-]{3,100}\\s*", message = "{admin.accounts.error.username}")
		private String username = "";
		private String password = "";
		@Pattern(regexp = "ADMIN|EDITOR|TRAINER", message = "{admin.accounts.error.role}")
		private String role = Role.EDITOR.name();

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}
	}

	/** One's own new password, with the current one and a confirmation. */
	static final class NewPassword {

		@NotBlank(message = "{admin.password.error.current}")
		private String current = "";
		private String password = "";
		private String confirmation = "";

		public String getCurrent() {
			return current;
		}

		public void setCurrent(String current) {
			this.current = current;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getConfirmation() {
			return confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation;
		}
	}
}
