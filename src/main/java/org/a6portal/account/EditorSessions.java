package org.a6portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends an account's open sessions when it is disabled, loses a role or gets a new password. Sessions live in
 * PostgreSQL (Spring Session JDBC, indexed by principal name), so deleting their rows ends them on every instance at
 * once. Where no session repository runs (tests through MockMvc), {@link SignedInAccountCheck} still refuses them.
 */
@Service
class EditorSessions {

	private static final Logger logger = LoggerFactory.getLogger(EditorSessions.class);

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	EditorSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends the account's sessions but the one given, once the current transaction (the change to the account) has
	 * committed; at once if none is active.
	 */
	void endSessions(String email, @Nullable String keep) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(email, keep);
				}
			});
		}
		else {
			end(email, keep);
		}
	}

	/**
	 * After an editor changed their own password: their own session goes on, signed in with the new one (else
	 * {@link SignedInAccountCheck} would end it too).
	 */
	void signInAgain(Editor editor, HttpServletRequest request, HttpServletResponse response) {
		SignedInEditor principal = SignedInEditor.of(editor);
		principal.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	static @Nullable String currentSessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null) ? session.getId() : null;
	}

	private void end(String email, @Nullable String keep) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		int ended = 0;
		for (String id : repository.findByPrincipalName(email).keySet()) {
			if (!id.equals(keep)) {
				repository.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			logger.info("Ended {} open session(s) of {} after a change to the account.", ended, email);
		}
	}

}
