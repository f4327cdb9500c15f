package org.a6portal.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.a6portal.seed.SeedLoader.SeedReport;

import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A checksum per group of seed files ({@code seed_file}): a restart over a loaded database skips every group whose
 * files (and the loader's mapping version) are byte for byte those it loaded last, without reading a row of them.
 * A changed file is loaded row by row as before ({@link SeedBook}), so an editor's change still wins.
 */
final class SeedFiles {

	private final JdbcClient jdbc;

	private final ResourceLoader resources;

	private final String location;

	SeedFiles(JdbcClient jdbc, ResourceLoader resources, String location) {
		this.jdbc = jdbc;
		this.resources = resources;
		this.location = location;
	}

	/** Loads the group unless its files are those loaded last; whether it loaded. */
	boolean loadIfChanged(SeedReport report, List<String> files, Runnable load) {
		String name = String.join("+", files);
		String checksum = checksum(files);
		boolean unchanged = this.jdbc.sql("SELECT checksum FROM seed_file WHERE name = ?")
			.param(name)
			.query(String.class)
			.optional()
			.filter(checksum::equals)
			.isPresent();
		if (unchanged) {
			report.unchangedFiles(files);
			return false;
		}
		load.run();
		this.jdbc.sql("""
				INSERT INTO seed_file (name, checksum, loaded_at) VALUES (?, ?, now())
				ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, loaded_at = excluded.loaded_at
				""").params(name, checksum).update();
		return true;
	}

	private String checksum(List<String> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(SeedBook.MAPPING_VERSION.getBytes(StandardCharsets.UTF_8));
			for (String file : files) {
				digest.update(file.getBytes(StandardCharsets.UTF_8));
				try (InputStream in = this.resources.getResource(this.location + file).getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
