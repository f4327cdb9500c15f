package org.a6portal.importer;

import java.util.Optional;
import java.util.UUID;

import org.a6portal.common.CodedEnum;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files waiting between their preview and their apply ({@code import_upload}), in PostgreSQL so that any
 * instance can apply them and the apply form carries an id, not the file. An upload is the editor's own, is used once
 * and is forgotten after a day.
 */
@Component
class ImportUploads {

	private final JdbcClient jdbc;

	ImportUploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a file for its apply; returns its id. */
	@Transactional
	UUID keep(String kind, String fileName, String content, ImportPublication publication, String editor) {
		this.jdbc.sql("DELETE FROM import_upload WHERE uploaded_at < now() - interval '1 day'").update();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO import_upload (id, kind, file_name, content, publication, uploaded_by)
				VALUES (?, ?, ?, ?, ?, ?)
				""").params(id, kind, fileName, content, publication.code(), editor).update();
		return id;
	}

	/** The editor's upload, taken (so that it is applied once), in the caller's transaction. */
	@Transactional
	Optional<Upload> take(UUID id, String editor) {
		return this.jdbc.sql("""
				DELETE FROM import_upload WHERE id = ? AND uploaded_by = ?
				RETURNING kind, file_name, content, publication
				""")
			.params(id, editor)
			.query((rs, row) -> new Upload(rs.getString("kind"), rs.getString("file_name"), rs.getString("content"),
					CodedEnum.fromCode(ImportPublication.class, rs.getString("publication"))))
			.optional();
	}

	/** An uploaded file, as its preview read it. */
	record Upload(String kind, String fileName, String content, ImportPublication publication) {
	}

}
