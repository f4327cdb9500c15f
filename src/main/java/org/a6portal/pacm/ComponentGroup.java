package org.a6portal.pacm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Components of one programme, or of no programme the source names, in the order they came.
 *
 * @param programme the programme, or {@code null}
 * @param components its components
 */
public record ComponentGroup(@Nullable PacmActivity programme, List<PacmActivity> components) {

	/** Groups components by programme, each group where its first component was. */
	public static List<ComponentGroup> of(List<PacmActivity> components) {
		Map<Object, ComponentGroup> groups = new LinkedHashMap<>();
		for (PacmActivity component : components) {
			PacmActivity programme = component.getProgramme();
			Object key = (programme != null) ? Objects.requireNonNull(programme.getId()) : "none";
			groups.computeIfAbsent(key, (k) -> new ComponentGroup(programme, new ArrayList<>())).components().add(component);
		}
		return List.copyOf(groups.values());
	}

}
