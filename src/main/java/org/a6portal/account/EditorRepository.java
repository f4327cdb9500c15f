package org.a6portal.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Editor accounts.
 */
public interface EditorRepository extends Repository<Editor, Long> {

	Optional<Editor> findByEmail(String email);

	Optional<Editor> findById(Long id);

	List<Editor> findAllByOrderByEmail();

	long count();

	Editor save(Editor editor);

}
