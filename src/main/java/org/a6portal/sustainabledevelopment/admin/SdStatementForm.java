package org.a6portal.sustainabledevelopment.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.sustainabledevelopment.Mechanism;
import org.a6portal.sustainabledevelopment.SdStatement;
import org.a6portal.sustainabledevelopment.Topic;

/**
 * The editor form of a sustainable-development statement: one country's text on one topic.
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

	static SdStatementForm of(SdStatement statement) {
		SdStatementForm form = new SdStatementForm();
		form.copyFrom(statement);
		form.countryIso2 = statement.getCountryIso2();
		form.topic = statement.getTopic();
		form.mechanism = statement.getMechanism();
		form.body = statement.getBody();
		return form;
	}

	void copyTo(SdStatement statement) {
		super.copyTo(statement);
		statement.setCountryIso2(this.countryIso2.strip());
		statement.setTopic(this.topic);
		statement.setMechanism(this.mechanism);
		statement.setBody(this.body.strip());
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

}
