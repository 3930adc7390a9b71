package org.detaineetracker.holder;

import java.util.Locale;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.custody.HolderKind;
import org.detaineetracker.web.CountryCode;
import org.detaineetracker.web.PlainText;
import org.detaineetracker.web.RecordForm;
import org.detaineetracker.web.Rules;
import org.detaineetracker.web.Slug;

/** What an editor submits for a custody holder. */
public class HolderForm extends RecordForm {

	@NotNull
	@Size(max = Rules.SLUG_MAX)
	@PlainText
	@Slug
	private String slug;

	@NotNull
	@Size(max = Rules.NAME_MAX)
	@PlainText
	private String name;

	@Size(max = Rules.SHORT_NAME_MAX)
	@PlainText
	private String shortName;

	@NotNull
	private HolderKind kind;

	@PlainText
	@CountryCode
	private String countryCode;

	public static HolderForm of(CustodyHolder holder) {
		HolderForm form = new HolderForm();
		form.slug = holder.getSlug();
		form.name = holder.getName();
		form.shortName = holder.getShortName();
		form.kind = holder.getKind();
		form.countryCode = holder.getCountryCode();
		form.setVersion(holder.getVersion());
		return form;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public HolderKind getKind() {
		return kind;
	}

	public void setKind(HolderKind kind) {
		this.kind = kind;
	}

	public String getCountryCode() {
		return countryCode;
	}

	/** "iq" is accepted as IQ, the way the database stores codes. */
	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
	}

}
