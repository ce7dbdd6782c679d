package fr.capcooperation.admin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** What the log says when a weak {@code CAPCOOP_ADMIN_PASSWORD} stops the start (registered in {@code META-INF/spring.factories}). */
public class WeakAdminPasswordFailure extends AbstractFailureAnalyzer<AccountSetup.WeakAdminPassword> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AccountSetup.WeakAdminPassword cause) {
		return new FailureAnalysis(
				"No back-office account exists yet, and the first one ('admin') would get CAPCOOP_ADMIN_PASSWORD "
						+ "(capcoop.admin.initial-password) as its password, but " + cause.reason() + ".",
				"Give CAPCOOP_ADMIN_PASSWORD a passphrase of at least " + PasswordPolicy.MIN_LENGTH
						+ " characters that is hard to guess (several unrelated words, for example), or leave it unset: "
						+ "a random password is then written once to the log. Either must be changed at the first login.",
				cause);
	}
}
