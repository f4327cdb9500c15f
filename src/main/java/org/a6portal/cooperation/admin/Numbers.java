package org.a6portal.cooperation.admin;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Numbers as an editor typed them.
 */
final class Numbers {

	private Numbers() {
	}

	/** 1500000.00 as 1500000: what an editor typed, not the column's scale. */
	static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
		return (value != null) ? new BigDecimal(value.stripTrailingZeros().toPlainString()) : null;
	}

}
