package org.a6portal.seed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed's memory: which seed row produced which record, with which content, and when. It decides, row by row,
 * whether loading would insert, update or leave a record alone.
 */
final class SeedBook {

	/** Raise when the mapping from seed rows to records changes, so that unchanged rows are applied again. */
	static final String MAPPING_VERSION = "1";

	private final JdbcClient jdbc;

	private final String entityType;

	private final Map<String, Entry> entries;

	private final Map<String, Instant> existing;

	/**
	 * @param existingRecordsSql a query for (key, updated_at) of every record of this type now in the database
	 */
	SeedBook(JdbcClient jdbc, String entityType, String existingRecordsSql) {
		this.jdbc = jdbc;
		this.entityType = entityType;
		this.entries = jdbc.sql("SELECT seed_key, checksum, loaded_at FROM seed_record WHERE entity_type = ?")
			.param(entityType)
			.query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Entry::key, (entry) -> entry));
		this.existing = jdbc.sql(existingRecordsSql)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * What to do with the record a seed row describes.
	 * <ul>
	 * <li>never seeded and absent: insert;</li>
	 * <li>seeded with the same content: nothing;</li>
	 * <li>seeded, then deleted or changed by an editor: nothing (the editor wins);</li>
	 * <li>seeded, unchanged since, and the row has changed: update;</li>
	 * <li>never seeded but present (an editor created it first): nothing.</li>
	 * </ul>
	 */
	Decision decide(String key, String checksum) {
		Entry entry = this.entries.get(key);
		Instant updatedAt = this.existing.get(key);
		if (entry == null) {
			return (updatedAt == null) ? Decision.INSERT : Decision.KEEP_EDITORS_RECORD;
		}
		if (entry.checksum().equals(checksum)) {
			return Decision.UNCHANGED;
		}
		if (updatedAt == null || updatedAt.isAfter(entry.loadedAt())) {
			return Decision.KEEP_EDITORS_RECORD;
		}
		return Decision.UPDATE;
	}

	void remember(String key, String checksum) {
		this.jdbc.sql("""
				INSERT INTO seed_record (entity_type, seed_key, checksum, loaded_at) VALUES (?, ?, ?, now())
				ON CONFLICT (entity_type, seed_key) DO UPDATE SET checksum = excluded.checksum, loaded_at = excluded.loaded_at
				""").params(this.entityType, key, checksum).update();
	}

	/** {@link #remember} for many records, in one JDBC batch. */
	void rememberAll(List<Map.Entry<String, String>> keysAndChecksums, JdbcTemplate batches) {
		batches.batchUpdate("""
				INSERT INTO seed_record (entity_type, seed_key, checksum, loaded_at) VALUES (?, ?, ?, now())
				ON CONFLICT (entity_type, seed_key) DO UPDATE SET checksum = excluded.checksum, loaded_at = excluded.loaded_at
				""", keysAndChecksums.stream()
			.map((entry) -> new Object[] { this.entityType, entry.getKey(), entry.getValue() })
			.toList());
	}

	static String checksum(List<String> values) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(MAPPING_VERSION.getBytes(StandardCharsets.UTF_8));
			for (String value : values) {
				digest.update((byte) 0x1f);
				digest.update(value.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}


	enum Decision {

		INSERT, UPDATE, UNCHANGED, KEEP_EDITORS_RECORD;

		boolean writes() {
			return this == INSERT || this == UPDATE;
		}

	}

	private record Entry(String key, String checksum, Instant loadedAt) {
	}

}
