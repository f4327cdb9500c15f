package org.a6portal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
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
 * downloading one; where neither exists, Playwright's own. After each test it fails on any Content-Security-Policy violation,
 * script error or failed load (a 4xx or 5xx answer, or a network failure, for any stylesheet, script, image, frame or
 * fetch; only the page the test navigated to may answer 4xx) the page reported, and keeps a screenshot of a failing
 * test's page in {@code target/screenshots} (of every test's with {@code -Dbrowser.screenshots.all=true}). A test
 * annotated {@link JavaScriptDisabled} gets a page with JavaScript switched off; a test that provokes problems on
 * purpose takes them with a {@link PageProblems} parameter.
 */
public class Browser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
		ParameterResolver {

	/** The system property that keeps a screenshot of every test, not only of the failing ones. */
	private static final String ALL_SCREENSHOTS = "browser.screenshots.all";

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
		boolean javaScript = !context.getRequiredTestMethod().isAnnotationPresent(JavaScriptDisabled.class);
		BrowserContext browserContext = store(context).get(Session.class, Session.class).browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setViewportSize(1280, 900)
			.setLocale("en-GB")
			.setJavaScriptEnabled(javaScript));
		Page page = browserContext.newPage();
		PageProblems problems = new PageProblems();
		page.onRequest((request) -> {
			if (isPageTheTestAskedFor(request)) {
				problems.askedFor(request.url());
			}
		});
		page.onConsoleMessage((message) -> {
			if (!"error".equals(message.type())) {
				return;
			}
			if (message.text().startsWith("Failed to load resource")) {
				// a stylesheet, image, script or frame answered 4xx/5xx or did not load; the console says which
				// (message.location() is the resource's URL), and Playwright may never report its response
				problems.failedLoad(message.text(), message.location());
			}
			else {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);
		page.onResponse((response) -> {
			if (response.status() >= 400 && !isPageTheTestAskedFor(response.request())) {
				problems.failedLoad("HTTP " + response.status() + " for the " + response.request().resourceType(),
						response.url());
			}
		});
		page.onRequestFailed((request) -> {
			// ERR_ABORTED: the test moved on (navigated, clicked) before the load finished
			if (request.failure() != null && !request.failure().contains("ERR_ABORTED")) {
				problems.failedLoad(request.failure() + " for the " + request.resourceType(), request.url());
			}
		});
		store(context).put(Visit.class, new Visit(browserContext, page, problems));
	}

	/** A navigation of the page itself: a test may ask for a 403 or 404 page and check what it says. */
	private static boolean isPageTheTestAskedFor(Request request) {
		return request.isNavigationRequest() && request.frame().parentFrame() == null;
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		Visit visit = store(context).get(Visit.class, Visit.class);
		List<String> problems = visit.problems().takeAll();
		if (context.getExecutionException().isPresent() || !problems.isEmpty() || Boolean.getBoolean(ALL_SCREENSHOTS)) {
			screenshot(visit.page(), context);
		}
		visit.browserContext().close();
		assertThat(problems).as("errors the browser reported (CSP violations, failed loads, scripts)").isEmpty();
	}

	/**
	 * The whole page, as the test left it, in {@code target/screenshots}, named after the test (and its invocation, for
	 * a parameterized test). A full-page screenshot of a long page takes a second or more, so only failing tests take
	 * one unless {@code -Dbrowser.screenshots.all=true}.
	 */
	private static void screenshot(Page page, ExtensionContext context) throws java.io.IOException {
		Path screenshots = Path.of("target", "screenshots");
		Files.createDirectories(screenshots);
		String invocation = context.getDisplayName().replaceAll("[^A-Za-z0-9._-]+", "_");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(screenshots.resolve(context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName() + "-" + invocation + ".png")));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Page.class || parameter.getParameter().getType() == PageProblems.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Visit visit = store(context).get(Visit.class, Visit.class);
		return (parameter.getParameter().getType() == Page.class) ? visit.page() : visit.problems();
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
	private record Visit(BrowserContext browserContext, Page page, PageProblems problems) {
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		return context.getStore(NAMESPACE);
	}

}
