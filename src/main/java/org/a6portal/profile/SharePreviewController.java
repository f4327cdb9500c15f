package org.a6portal.profile;

import java.util.List;
import java.util.Locale;

import org.a6portal.country.Country;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /countries/{code}/preview.png} and {@code /preview.png}: the images link previews show, drawn from the data.
 */
@Controller
class SharePreviewController {

	private final CountryProfileService profiles;

	private final MessageSource messages;

	SharePreviewController(CountryProfileService profiles, MessageSource messages) {
		this.profiles = profiles;
		this.messages = messages;
	}

	@GetMapping("/countries/{code}/preview.png")
	ResponseEntity<byte[]> country(Country country, Locale locale) {
		CountryProfile profile = this.profiles.profileOf(country);
		String name = country.name(locale);
		byte[] png = SharePreviewImage.render(message("layout.brand", locale), name,
				(country.getSummary() != null) ? country.getSummary() : message("profile.summary.default", locale, name),
				List.of(new SharePreviewImage.Figure(String.valueOf(profile.cooperation().size()),
						message("preview.approaches", locale)),
						new SharePreviewImage.Figure(String.valueOf(profile.pacm().total()), message("preview.pacm", locale)),
						new SharePreviewImage.Figure(String.valueOf(profile.capacityBuilding().size()),
								message("preview.capacity", locale))));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
	}

	@GetMapping("/preview.png")
	ResponseEntity<byte[]> portal(Locale locale) {
		byte[] png = SharePreviewImage.render(message("layout.brand", locale), message("home.heading", locale),
				message("home.lead", locale), List.of());
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
