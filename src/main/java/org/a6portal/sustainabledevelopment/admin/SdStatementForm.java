package org.a6portal.sustainabledevelopment.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.sustainabledevelopment.Mechanism;
import org.a6portal.sustainabledevelopment.PartialDate;
import org.a6portal.sustainabledevelopment.SdStatement;
import org.a6portal.sustainabledevelopment.Topic;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The editor form of a sustainable-development statement: one country's text on one topic; for an institution or
 * rule also the document's title, the authority behind it, its date as far as known ({@code 2024},
 * {@code 2022-12} or {@code 2024-05-17}) and a second source.
 */
public class SdStatementForm extends SourcedRecordForm {

	@NotBlank
	private String countryIso2 = "";

	@NotNull
	private Topic topic = Topic.PARTICIPATION_REQUIREMENTS;

	@NotNull
	private Mechanism mechanism = Mechanism.BOTH;

	@NotBlank
	@Size(max = 20000)
	private String body = "";

	@Size(max = 1000)
	private @Nullable String title;

	@Size(max = 1000)
	private @Nullable String authority;

	@Size(max = 20)
	private @Nullable String published;

	@Size(max = 2000)
	@Pattern(regexp = "https?://\\S+", message = "{admin.form.url.pattern}")
	private @Nullable String otherSourceUrl;

	@Size(max = 1000)
	private @Nullable String otherSourceTitle;

	static SdStatementForm of(SdStatement statement) {
		SdStatementForm form = new SdStatementForm();
		form.copyFrom(statement);
		form.countryIso2 = statement.getCountryIso2();
		form.topic = statement.getTopic();
		form.mechanism = statement.getMechanism();
		form.body = statement.getBody();
		form.title = statement.getTitle();
		form.authority = statement.getAuthority();
		PartialDate published = statement.getPublished();
		form.published = (published != null) ? published.toString() : null;
		form.otherSourceUrl = statement.getOtherSourceUrl();
		form.otherSourceTitle = statement.getOtherSourceTitle();
		return form;
	}

	void copyTo(SdStatement statement) {
		super.copyTo(statement);
		statement.setCountryIso2(this.countryIso2.strip());
		statement.setTopic(this.topic);
		statement.setMechanism(this.mechanism);
		statement.setBody(this.body.strip());
		statement.setTitle(blankToNull(this.title));
		statement.setAuthority(blankToNull(this.authority));
		String published = blankToNull(this.published);
		statement.setPublished((published != null) ? PartialDate.parse(published).orElse(null) : null);
		statement.setOtherSource(blankToNull(this.otherSourceUrl), blankToNull(this.otherSourceTitle));
	}

	/** The date must read as a year, a month or a day; a second source's address needs its title. */
	void validateRule(Errors errors) {
		String published = blankToNull(this.published);
		if (published != null && PartialDate.parse(published).isEmpty() && !errors.hasFieldErrors("published")) {
			errors.rejectValue("published", "admin.sd.published.pattern");
		}
		if (blankToNull(this.otherSourceUrl) != null && blankToNull(this.otherSourceTitle) == null) {
			errors.rejectValue("otherSourceTitle", "admin.sd.otherSourceTitle.required");
		}
		if (blankToNull(this.otherSourceUrl) == null && blankToNull(this.otherSourceTitle) != null
				&& !errors.hasFieldErrors("otherSourceUrl")) {
			errors.rejectValue("otherSourceUrl", "admin.sd.otherSourceUrl.required");
		}
	}

	public String getCountryIso2() {
		return this.countryIso2;
	}

	public void setCountryIso2(String countryIso2) {
		this.countryIso2 = countryIso2;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public void setTopic(Topic topic) {
		this.topic = topic;
	}

	public Mechanism getMechanism() {
		return this.mechanism;
	}

	public void setMechanism(Mechanism mechanism) {
		this.mechanism = mechanism;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getAuthority() {
		return this.authority;
	}

	public void setAuthority(@Nullable String authority) {
		this.authority = authority;
	}

	public @Nullable String getPublished() {
		return this.published;
	}

	public void setPublished(@Nullable String published) {
		this.published = published;
	}

	public @Nullable String getOtherSourceUrl() {
		return this.otherSourceUrl;
	}

	public void setOtherSourceUrl(@Nullable String otherSourceUrl) {
		// an empty field is no second source, not a malformed address
		this.otherSourceUrl = blankToNull(otherSourceUrl);
	}

	public @Nullable String getOtherSourceTitle() {
		return this.otherSourceTitle;
	}

	public void setOtherSourceTitle(@Nullable String otherSourceTitle) {
		this.otherSourceTitle = otherSourceTitle;
	}

}
