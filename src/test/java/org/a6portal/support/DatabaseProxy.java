package org.a6portal.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A TCP relay between the portal and its PostgreSQL that a test can cut, to see the portal through a database outage
 * (existing connections break, new ones are refused, as when PostgreSQL stops) and restore, to see it recover.
 * {@link #routeDataSource()} sends the application's connection pool through it.
 */
public final class DatabaseProxy implements Closeable {

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private InetSocketAddress target = new InetSocketAddress(InetAddress.getLoopbackAddress(), 5432);

	private ServerSocket server;

	private int port;

	/** Rewrites the pool's JDBC URL to pass through this relay, before the pool opens its first connection. */
	public BeanPostProcessor routeDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool) {
					pool.setJdbcUrl(route(pool.getJdbcUrl()));
				}
				return bean;
			}

		};
	}

	synchronized String route(String jdbcUrl) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		this.target = new InetSocketAddress(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 5432);
		open();
		return "jdbc:" + uri.getScheme() + "://127.0.0.1:" + this.port + uri.getRawPath()
				+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	/** PostgreSQL "stops": every connection through the relay breaks, and new ones are refused. */
	public synchronized void cutOff() throws IOException {
		this.server.close();
		for (Socket socket : this.open) {
			socket.close();
		}
		this.open.clear();
	}

	/** PostgreSQL is back, on the same address. */
	public synchronized void restore() {
		if (this.server.isClosed()) {
			open();
		}
	}

	@Override
	public synchronized void close() throws IOException {
		cutOff();
	}

	private void open() {
		try {
			ServerSocket listening = new ServerSocket();
			listening.setReuseAddress(true);
			listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.server = listening;
			this.port = listening.getLocalPort();
			Thread.ofVirtual().name("database-proxy").start(() -> accept(listening));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not listen for the database relay", ex);
		}
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream = new Socket();
				this.open.add(client);
				this.open.add(upstream);
				upstream.connect(this.target);
				Thread.ofVirtual().start(() -> relay(client, upstream));
				Thread.ofVirtual().start(() -> relay(upstream, client));
			}
			catch (IOException ex) {
				// closed by cutOff(), or one connection failed: either way, nothing more to relay on it
			}
		}
	}

	private void relay(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// the other side went away
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.open.remove(from);
			this.open.remove(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
