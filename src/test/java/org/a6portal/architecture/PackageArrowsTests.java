package org.a6portal.architecture;

import java.util.Arrays;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Issue 13: the arrows between the portal's packages (README, "Package map"). Features point at the shared core
 * ({@code common}, {@code record}) and at the reference data ({@code country}, {@code sector}); the pages that
 * combine features ({@code profile}, {@code api}, {@code embed}, {@code feed}, …) point at the features; the editing
 * machinery ({@code admin}) is reached from a feature's {@code <feature>.admin} only through its API; accounts and
 * sign-in ({@code account}) know nothing of editing. A new feature page (an overview, a comparison) is one more
 * package of the outer ring and needs no rule change.
 */
class PackageArrowsTests {

	private static final String ROOT = "org.a6portal";

	/** The record kinds' own packages (their entities, pages and {@code .admin} forms). */
	private static final String[] FEATURES = { ROOT + ".cooperation..", ROOT + ".pacm..", ROOT + ".ndc..",
			ROOT + ".sustainabledevelopment..", ROOT + ".capacitybuilding.." };

	/** Reference data every feature points at. */
	private static final String[] REFERENCE = { ROOT + ".country..", ROOT + ".sector.." };

	/** What a feature's admin views may use of the editing machinery: its API, nothing else. */
	private static final Set<String> ADMIN_API = Set.of("EditableRecords", "SourcedRecords", "RecordForm",
			"SourcedRecordForm", "RecordEditing", "RecordAdminController", "ListQuery", "AdminReferenceData",
			"NoSuchRecordException", "RemovedCountries", "BulkAction");

	private static JavaClasses portal;

	@BeforeAll
	static void importPortal() {
		portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	@Test
	void theSharedCoreDependsOnNoOtherPackageOfOurs() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".common..", ROOT + ".record..")
			.should()
			.dependOnClassesThat(outside(ROOT + ".common", ROOT + ".record"))
			.check(portal);
	}

	@Test
	void featuresReachTheEditingMachineryOnlyThroughItsApi() {
		noClasses().that()
			.resideInAnyPackage(FEATURES)
			.or()
			.resideInAnyPackage(REFERENCE)
			.or()
			.resideInAPackage(ROOT + ".importer..")
			.should()
			.dependOnClassesThat(adminInternals())
			.check(portal);
	}

	@Test
	void onlyAFeaturesAdminPackageUsesTheEditingMachinery() {
		noClasses().that()
			.resideInAnyPackage(FEATURES)
			.or()
			.resideInAnyPackage(REFERENCE)
			.and()
			.resideOutsideOfPackage("..admin..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".admin..", ROOT + ".account..", ROOT + ".importer..")
			.check(portal);
	}

	@Test
	void theEditingMachineryKnowsNoFeature() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".admin..", ROOT + ".account..", ROOT + ".history..",
					ROOT + ".contenthealth..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.check(portal);
	}

	@Test
	void accountsAndSignInKnowNothingOfEditing() {
		noClasses().that()
			.resideInAPackage(ROOT + ".account..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".admin..", ROOT + ".importer..")
			.check(portal);
	}

	@Test
	void featuresDoNotPointOutwardsAtThePagesThatCombineThem() {
		noClasses().that()
			.resideInAnyPackage(FEATURES)
			.or()
			.resideInAnyPackage(REFERENCE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".profile..", ROOT + ".api..", ROOT + ".embed..", ROOT + ".feed..",
					ROOT + ".discovery..", ROOT + ".home..", ROOT + ".search..", ROOT + ".seed..",
					ROOT + ".importer..")
			.check(portal);
	}

	@Test
	void referenceDataKnowsNoFeature() {
		noClasses().that()
			.resideInAnyPackage(REFERENCE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.check(portal);
	}

	/**
	 * No cycles between packages, where a feature's admin views ({@code cooperation.admin}) count apart from the
	 * feature: {@code cooperation.admin} points at {@code admin}, which points at {@code country}'s repository for its
	 * pickers; that is not a cycle.
	 */
	@Test
	void packagesAreFreeOfCycles() {
		slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(portal);
	}

	/** A slice per top-level package, and one per feature's {@code admin} sub-package. */
	private static final SliceAssignment PACKAGES = new SliceAssignment() {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass type) {
			String name = type.getPackageName();
			if (!name.startsWith(ROOT + ".")) {
				return SliceIdentifier.ignore();
			}
			String[] parts = name.substring(ROOT.length() + 1).split("\\.");
			boolean featureAdmin = parts.length > 1 && parts[1].equals("admin");
			return SliceIdentifier.of(featureAdmin ? parts[0] + ".admin" : parts[0]);
		}

		@Override
		public String getDescription() {
			return "top-level packages of org.a6portal, a feature's admin views apart";
		}

	};

	private static DescribedPredicate<JavaClass> adminInternals() {
		return DescribedPredicate.describe("internals of the editing machinery (org.a6portal.admin outside its API)",
				(type) -> type.getPackageName().equals(ROOT + ".admin")
						&& !ADMIN_API.contains(outermost(type).getSimpleName()));
	}

	private static JavaClass outermost(JavaClass type) {
		JavaClass current = type;
		while (current.getEnclosingClass().isPresent()) {
			current = current.getEnclosingClass().get();
		}
		return current;
	}

	/** Our classes outside these packages and their sub-packages. */
	private static DescribedPredicate<JavaClass> outside(String... packages) {
		return DescribedPredicate.describe("are ours but outside " + String.join(", ", packages),
				(type) -> (type.getPackageName().equals(ROOT) || type.getPackageName().startsWith(ROOT + "."))
						&& Arrays.stream(packages)
							.noneMatch((each) -> type.getPackageName().equals(each)
									|| type.getPackageName().startsWith(each + ".")));
	}

}
