package org.a6portal.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up refused because {@code ADMIN_PASSWORD} breaks the password policy: one sentence and what to do, instead of
 * a stack trace or a portal without an administrator.
 */
class AdministratorPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AdministratorPasswordException cause) {
		return new FailureAnalysis("The portal did not start: ADMIN_PASSWORD " + cause.getProblem().sentence()
				+ ", so the first administrator cannot be created.",
				"Set ADMIN_PASSWORD to a passphrase of " + PasswordPolicy.MINIMUM_LENGTH + " to 64 characters (at most "
						+ PasswordPolicy.MAXIMUM_BYTES + " bytes) that is not a common password nor the e-mail address,"
						+ " and start the portal again.",
				cause);
	}

}
