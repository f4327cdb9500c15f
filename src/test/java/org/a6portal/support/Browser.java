package org.a6portal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium per test class and a fresh page per test, injected as a {@link Page} parameter. Uses the
 * browser at {@code CHROMIUM_PATH}, else the system Chromium ({@code /usr/bin/chromium}, Debian's package), without
 * downloading one; where neither exists, Playwright's own. After each test it fails on any Content-Security-Policy violation
 * or script error the page reported, and keeps a screenshot in {@code target/screenshots}.
 */
public class Browser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
		ParameterResolver {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		Map<String, String> env = new HashMap<>(System.getenv());
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run"));
		Path chromium = (System.getenv("CHROMIUM_PATH") != null) ? Path.of(System.getenv("CHROMIUM_PATH")) : SYSTEM_CHROMIUM;
		if (Files.isExecutable(chromium)) {
			env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
			options.setExecutablePath(chromium);
		}
		Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
		store(context).put(Session.class, new Session(playwright, playwright.chromium().launch(options)));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		BrowserContext browserContext = store(context).get(Session.class, Session.class).browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setViewportSize(1280, 900)
			.setLocale("en-GB"));
		Page page = browserContext.newPage();
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			// a 4xx a test asks for is no problem; a resource or script the policy refused is
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource: the server responded")) {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);
		store(context).put(Visit.class, new Visit(browserContext, page, problems));
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		Visit visit = store(context).get(Visit.class, Visit.class);
		Page page = visit.page();
		Path screenshots = Path.of("target", "screenshots");
		Files.createDirectories(screenshots);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(screenshots.resolve(context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName() + ".png")));
		visit.browserContext().close();
		assertThat(visit.problems()).as("errors the browser reported (CSP violations, failed loads, scripts)").isEmpty();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Page.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return store(context).get(Visit.class, Visit.class).page();
	}

	/** Chromium for one test class; JUnit closes it with the class's extension context. */
	private record Session(Playwright playwright, com.microsoft.playwright.Browser browser) implements AutoCloseable {

		@Override
		public void close() {
			this.browser.close();
			this.playwright.close();
		}

	}

	/** One test's browser context and page, and what the page reported. Not closed by JUnit: see afterEach. */
	private record Visit(BrowserContext browserContext, Page page, List<String> problems) {
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		return context.getStore(NAMESPACE);
	}

}
