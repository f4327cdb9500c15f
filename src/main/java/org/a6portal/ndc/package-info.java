/**
 * Nationally determined contributions: each Party's NDC versions and their targets.
 */
@NullMarked
package org.a6portal.ndc;

import org.jspecify.annotations.NullMarked;
