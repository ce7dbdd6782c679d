package fr.capcooperation.admin;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Logins feed the lockout (five failures in a row lock for 15 minutes) and the audit log. */
@Component
class LoginEvents {

	private final AccountService accounts;
	private final AuditLog audit;

	LoginEvents(AccountService accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		accounts.loginSucceeded(event.getAuthentication().getName());
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			accounts.loginFailed(name);
		}
		else {
			audit.record(name, AuditLog.Action.LOGIN_FAILED, event.getException().getClass().getSimpleName());
		}
	}
}
