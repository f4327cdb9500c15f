package org.a6portal.account;

/**
 * {@code ADMIN_PASSWORD} breaks the password policy, so the first administrator cannot be created.
 */
class AdministratorPasswordException extends IllegalStateException {

	private final PasswordPolicy.Problem problem;

	AdministratorPasswordException(PasswordPolicy.Problem problem) {
		super("ADMIN_PASSWORD " + problem.sentence());
		this.problem = problem;
	}

	PasswordPolicy.Problem getProblem() {
		return this.problem;
	}

}
