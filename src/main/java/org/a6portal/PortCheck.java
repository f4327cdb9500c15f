package org.a6portal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.springframework.boot.web.server.AbstractConfigurableWebServerFactory;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Finds a port that is already taken before start-up runs the migrations and loads the seed. The web server takes
 * its port only at the end of start-up, so without this check a portal started twice spent its whole start-up
 * before saying so. Runs when the web server is created (after the other customizers set the port), binds the port
 * for a moment and lets it go; {@link PortInUseFailureAnalyzer} says what to do.
 */
@Component
class PortCheck implements WebServerFactoryCustomizer<AbstractConfigurableWebServerFactory>, Ordered {

	@Override
	public void customize(AbstractConfigurableWebServerFactory factory) {
		int port = factory.getPort();
		if (port <= 0) {
			return; // 0: any free port; -1: no web server
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind((factory.getAddress() != null) ? new InetSocketAddress(factory.getAddress(), port)
					: new InetSocketAddress(port));
		}
		catch (IOException ex) {
			throw new PortInUseException(port, ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
