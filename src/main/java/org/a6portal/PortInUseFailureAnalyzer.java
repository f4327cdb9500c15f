package org.a6portal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;

/**
 * A port already in use, in the portal's words: which port, and how to pick another (SERVER_PORT). Ahead of
 * Spring Boot's own analyser of the same exception.
 */
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> implements Ordered {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
		int port = cause.getPort();
		return new FailureAnalysis("Port " + port + " is already in use by another program, so the portal cannot listen on it.",
				"Stop that program (ss -ltnp 'sport = :" + port + "' names it), or start the portal on another port "
						+ "with SERVER_PORT, e.g. SERVER_PORT=" + (port + 1) + ".",
				cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
