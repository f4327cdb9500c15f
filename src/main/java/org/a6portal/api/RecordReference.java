package org.a6portal.api;

/**
 * Another record a record names (a component's programme, an approach an initial report describes).
 *
 * @param id its stable id (slug)
 * @param title its title
 * @param links its page and API resource
 */
public record RecordReference(String id, String title, RecordLinks links) {
}
