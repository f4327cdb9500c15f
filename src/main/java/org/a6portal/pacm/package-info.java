/**
 * Article 6.4 Paris Agreement Crediting Mechanism activities: CDM transitions and new activities notified with a
 * prior consideration notification, with their UNFCCC stage.
 */
@NullMarked
package org.a6portal.pacm;

import org.jspecify.annotations.NullMarked;
