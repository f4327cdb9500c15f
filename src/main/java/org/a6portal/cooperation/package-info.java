/**
 * Article 6.2 cooperative approaches: the participating Parties and their roles, the mitigation activities under
 * an approach and its ITMO transfers.
 */
@NullMarked
package org.a6portal.cooperation;

import org.jspecify.annotations.NullMarked;
