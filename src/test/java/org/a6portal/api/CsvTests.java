package org.a6portal.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one CSV writer makes text safe for spreadsheets and leaves numbers numbers.
 */
class CsvTests {

	@Test
	void textThatWouldStartAFormulaGetsALeadingQuote() {
		assertThat(Csv.cell("=HYPERLINK(\"https://example.org\",\"x\")")).isEqualTo("'=HYPERLINK(\"https://example.org\",\"x\")");
		assertThat(Csv.cell("+1+2")).isEqualTo("'+1+2");
		assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(Csv.cell("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
		assertThat(Csv.cell("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(Csv.cell("\r=1+1")).isEqualTo("'=1+1");
	}

	@Test
	void ordinaryTextDatesAndFlagsStayAsTheyAre() {
		assertThat(Csv.cell("Peru–Switzerland bilateral agreement")).isEqualTo("Peru–Switzerland bilateral agreement");
		assertThat(Csv.cell("Total = 5")).isEqualTo("Total = 5");
		assertThat(Csv.cell(LocalDate.of(2026, 1, 31))).isEqualTo("2026-01-31");
		assertThat(Csv.cell(true)).isEqualTo("true");
		assertThat(Csv.cell(null)).isEmpty();
		assertThat(Csv.cell("")).isEmpty();
	}

	@Test
	void numbersStayNumbersEvenWhenNegative() {
		assertThat(Csv.cell(new BigDecimal("-1500"))).isEqualTo("-1500");
		assertThat(Csv.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(Csv.cell(-7)).isEqualTo("-7");
		assertThat(Csv.cell(2030)).isEqualTo("2030");
	}

	@Test
	void aListIsOneCellMadeSafeAsAWhole() {
		assertThat(Csv.cell(List.of("pe", "ch"))).isEqualTo("pe;ch");
		assertThat(Csv.cell(List.of("=cmd", "x"))).isEqualTo("'=cmd;x");
		assertThat(Csv.cell(Arrays.asList("a\u202Eb", null))).isEqualTo("ab;");
	}

	@Test
	void bidiControlsAndControlCharactersAreRemoved() {
		String overrides = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
		assertThat(Csv.cell("invoice" + overrides + "fdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(Csv.cell("a\u0000b\u0007c\u001Bd\u007Fe\u0085f")).isEqualTo("abcdef");
		assertThat(Csv.cell("first line\r\nsecond\tcolumn")).isEqualTo("first line\nsecond\tcolumn");
		assertThat(Csv.cell("\u202E=1+1")).isEqualTo("'=1+1");
	}

	@Test
	void theDownloadQuotesCellsThatNeedItAndKeepsLineBreaksInside() {
		List<CsvColumn<String[]>> columns = List.of(CsvColumn.of("text", (row) -> row[0]),
				CsvColumn.of("amount", (row) -> new BigDecimal(row[1])));
		byte[] body = Csv.download("x.csv", columns, List.<String[]>of(new String[] { "=1+1, said\n\"they\"", "-5" })).getBody();
		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("text,amount\r\n\"'=1+1, said\n\"\"they\"\"\",-5\r\n");
	}

}
