package org.a6portal.ndc;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * An NDC version's name in the page language. Labels are stored as the sources write them ("updated NDC 2020",
 * "INDC/first NDC (2015)"); the forms the seed data uses are recognised and named through the message keys
 * {@code ndc.version.*} with their years as arguments, so a Spanish page reads "CDN actualizada 2020". A label in
 * no known form is shown as stored, and {@link #isKnown()} says so (the page marks it as English).
 */
public final class NdcVersionName implements MessageSourceResolvable {

	private static final Pattern JOINT_EU = Pattern.compile("(.+) – joint EU NDC");

	private static final List<Form> FORMS = List.of(
			new Form("ndc.version.indcFirst", "INDC/first NDC \\((\\d{4})\\)"),
			new Form("ndc.version.updated", "updated NDC (\\d{4})"),
			new Form("ndc.version.updatedCdn", "updated NDC \\(CDN\\) (\\d{4})"),
			new Form("ndc.version.updatedAgain", "updated NDC (\\d{4}) \\(updated (\\d{4})\\)"),
			new Form("ndc.version.ndc30", "NDC 3\\.0 \\((\\d{4})\\)"),
			new Form("ndc.version.withPeriod", "NDC (\\d{4}) \\((\\d{4})-(\\d{4})\\)"),
			new Form("ndc.version.firstResubmitted", "first NDC \\(resubmitted (\\d{4})\\)"),
			new Form("ndc.version.secondUpdateOfFirst", "second update of first NDC \\((\\d{4})\\)"),
			new Form("ndc.version.second", "second NDC (\\d{4})"),
			new Form("ndc.version.secondUpdated", "second updated NDC \\((\\d{4})\\)"),
			new Form("ndc.version.updatedInParentheses", "updated NDC \\((\\d{4})\\)"),
			new Form("ndc.version.yearUpdate", "NDC (\\d{4}) update"),
			new Form("ndc.version.enhanced", "Enhanced NDC \\((\\d{4})\\)"),
			new Form("ndc.version.ofYear", "NDC (\\d{4})"),
			new Form("ndc.version.secondForPeriod", "second NDC (\\d{4})[–-](\\d{4}) \\((\\d{4})\\)"));

	private final String label;

	private final String @Nullable [] codes;

	private final Object @Nullable [] arguments;

	private NdcVersionName(String label, String @Nullable [] codes, Object @Nullable [] arguments) {
		this.label = label;
		this.codes = codes;
		this.arguments = arguments;
	}

	/** The name of the version its source calls {@code label}. */
	public static NdcVersionName of(String label) {
		String stripped = label.strip();
		Matcher joint = JOINT_EU.matcher(stripped);
		if (joint.matches()) {
			NdcVersionName own = of(joint.group(1));
			return own.isKnown() ? new NdcVersionName(label, new String[] { "ndc.version.jointEu" }, new Object[] { own })
					: new NdcVersionName(label, null, null);
		}
		for (Form form : FORMS) {
			Matcher matcher = form.pattern().matcher(stripped);
			if (matcher.matches()) {
				// years as text: MessageFormat would print the number 2020 as "2,020"
				Object[] years = new Object[matcher.groupCount()];
				for (int i = 0; i < years.length; i++) {
					years[i] = matcher.group(i + 1);
				}
				return new NdcVersionName(label, new String[] { form.code() }, years);
			}
		}
		return new NdcVersionName(label, null, null);
	}

	/** Whether the label is in a known form, and so translated; if not, the name is the label as stored. */
	public boolean isKnown() {
		return this.codes != null;
	}

	public String getLabel() {
		return this.label;
	}

	@Override
	public String @Nullable [] getCodes() {
		return this.codes;
	}

	@Override
	public Object @Nullable [] getArguments() {
		return this.arguments;
	}

	@Override
	public String getDefaultMessage() {
		return this.label;
	}

	@Override
	public String toString() {
		return this.label;
	}

	private record Form(String code, Pattern pattern) {

		Form(String code, String regex) {
			this(code, Pattern.compile(regex));
		}

	}

}
