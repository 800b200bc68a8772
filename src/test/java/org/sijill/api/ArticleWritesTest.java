package org.sijill.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sijill.ingest.ArticleInput;
import org.sijill.ingest.ArticleWriter;
import org.sijill.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ArticleWritesTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String KEY = "Bearer test-writer-key";
    private static final String TEXT = """
            مقتل مدنيين اثنين بقصف على البصيرة
            قتل مدنيان أمس الأحد في قصف مدفعي استهدف بلدة البصيرة في ريف دير الزور الشرقي.""";

    @Inject
    EntityManager em;

    @Inject
    ArticleWriter writer;

    /** Whatever a test posted goes, with incidents re-derived, even when the test failed half-way. */
    @AfterEach
    void removePostedArticles() {
        @SuppressWarnings("unchecked")
        List<String> posted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from article where origin = 'API'").getResultList());
        posted.forEach(writer::delete);
    }

    private static ValidatableResponse post(String contentType, byte[] body) {
        return given().header("Authorization", KEY).contentType(contentType).body(body).when().post(ARTICLES).then();
    }

    private static ValidatableResponse post(String contentType, String body) {
        return post(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void postsJsonWithMetadataAnswers201WithLocationAndDetail() {
        String id = "a-" + ArticleInput.sha256(TEXT).substring(0, 16);
        String body = """
                {"text": %s, "title": "Two civilians killed in Al Busayrah", "url": "https://example.org/a/1",
                 "publisher": "enab-baladi", "publishedDate": "2022-01-24"}""".formatted(quote(TEXT));
        post("application/json", body).statusCode(201)
                .header("Location", endsWith("/api/v1/articles/" + id))
                .contentType("application/json")
                .body("id", is(id)).body("text", is(TEXT)).body("sha256", is(ArticleInput.sha256(TEXT)))
                .body("title", is("Two civilians killed in Al Busayrah")).body("url", is("https://example.org/a/1"))
                .body("publisher.id", is("enab-baladi"))
                .body("publishedDate.start", is("2022-01-24")).body("publishedDate.basis", containsString("supplied"))
                .body("figures.actorId", hasItem("civilians")).body("figures.size()", greaterThan(0))
                .body("figures.incidentId", everyItem(notNullValue())).body("incidentIds.size()", is(1))
                .body("mentions.size()", notNullValue());
        // read back: the same article, and an incident that lists it, dated the day before the supplied date
        given().when().get(ARTICLES + "/" + id).then().statusCode(200).body("publisher.id", is("enab-baladi"));
        String incident = given().when().get(ARTICLES + "/" + id).then().extract().path("incidentIds[0]");
        given().when().get("/api/v1/incidents/" + incident).then().statusCode(200)
                .body("articleIds", hasItem(id)).body("date.start", is("2022-01-23"));
        given().when().get(ARTICLES).then().body("total", is(6));
    }

    @Test
    void sameTextAgainAnswers200WithTheStoredArticleWhateverTheMediaType() {
        String id = post("text/plain; charset=utf-8", TEXT.getBytes(StandardCharsets.UTF_8)).statusCode(201)
                .extract().path("id");
        post("text/plain; charset=utf-8", TEXT.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("id", is(id));
        post("application/json", "{\"text\": " + quote(TEXT) + ", \"title\": \"another\"}").statusCode(200)
                .body("id", is(id)).body("title", not(is("another")));
        given().when().get(ARTICLES).then().body("total", is(6));
    }

    @Test
    void postingASeedsTextAnswersTheSeed() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("seeds/003_5349be87dbcac639.txt"));
        post("text/plain; charset=utf-8", seed).statusCode(200).body("id", is("003_5349be87dbcac639"));
        given().when().get(ARTICLES).then().body("total", is(5));
    }

    @Test
    void twoIdenticalPostsAtOnceStoreOneArticle() throws Exception {
        String text = "قتل ثلاثة مدنيين في انفجار لغم أرضي قرب مدينة الرقة أمس الاثنين.";
        var barrier = new CyclicBarrier(2);
        Callable<Integer> poster = () -> {
            barrier.await();
            return post("application/json", "{\"text\": " + quote(text) + "}").extract().statusCode();
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = new ArrayList<Future<Integer>>();
            futures.add(pool.submit(poster));
            futures.add(pool.submit(poster));
            var statuses = List.of(futures.get(0).get(), futures.get(1).get());
            assertTrue(statuses.containsAll(List.of(201, 200)), "one created, the other found it: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from article where sha256 = :h").setParameter("h", ArticleInput.sha256(text))
                .getSingleResult()).longValue());
        assertEquals(1, stored);
    }

    @Test
    void deleteRemovesTheArticleAndRederivesItsIncidents() {
        String id = post("text/plain; charset=utf-8", TEXT.getBytes(StandardCharsets.UTF_8)).statusCode(201)
                .extract().path("id");
        String incident = given().when().get(ARTICLES + "/" + id).then().extract().path("incidentIds[0]");
        given().header("Authorization", KEY).when().delete(ARTICLES + "/" + id).then().statusCode(204);
        given().when().get(ARTICLES + "/" + id).then().statusCode(404);
        given().when().get("/api/v1/figures?article=" + id).then().body("total", is(0));
        given().when().get("/api/v1/incidents?article=" + id).then().body("total", is(0));
        given().when().get("/api/v1/incidents").then().body("total", is(5)).body("items.id", not(hasItem(incident)));
        given().header("Authorization", KEY).when().delete(ARTICLES + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** The README's example, as written there: it must post, and merge into the Ghwayran prison incident. */
    @Test
    void readmeCurlExampleWorksAsWritten() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Writing articles"));
        String command = section.substring(section.indexOf("$ curl -si -X POST localhost:8080/api/v1/articles"));
        command = command.substring(0, command.indexOf("\nHTTP/1.1"));
        var header = Pattern.compile("-H '([^:']+): ([^']+)'").matcher(command);
        var request = given();
        while (header.find()) {
            request = request.header(header.group(1), header.group(2));
        }
        String data = command.substring(command.indexOf("-d '") + 4, command.lastIndexOf('\''));
        String id = request.body(data.getBytes(StandardCharsets.UTF_8)).when().post(ARTICLES).then().statusCode(201)
                .header("Location", endsWith(ARTICLES + "/" + section.replaceAll("(?s).*?Location: \\S+/(a-[0-9a-f]{16}).*",
                        "$1")))
                .extract().path("id");
        String prison = given().queryParam("article", "004_2d34422f699394eb").queryParam("admin1", "SY08").when()
                .get("/api/v1/incidents").then().extract().path("items[0].id");
        given().when().get("/api/v1/incidents/" + prison).then().statusCode(200)
                .body("articleIds", hasItems("003_5349be87dbcac639", "004_2d34422f699394eb", id))
                .body("figures.articleId", hasItem(id));
        given().when().get("/api/v1/incidents").then().body("total", is(5)); // merged, not a new incident
    }

    @Test
    void writesNeedAValidBearerKey() {
        for (String auth : new String[] { null, "Bearer wrong-key", "Basic dGVzdDp0ZXN0", "Bearer ", "test-writer-key" }) {
            var request = given().contentType("text/plain; charset=utf-8").body("نص");
            if (auth != null) {
                request = request.header("Authorization", auth);
            }
            request.when().post(ARTICLES).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("type", is("/problems/unauthorized")).body(not(containsString("test-writer-key")));
        }
        given().when().delete(ARTICLES + "/000_10540df14f6fc042").then().statusCode(401);
        given().header("Authorization", "Bearer nope").when().delete(ARTICLES + "/000_10540df14f6fc042").then()
                .statusCode(401);
        given().when().get(ARTICLES + "/000_10540df14f6fc042").then().statusCode(200);
        // the second configured key works too
        given().header("Authorization", "Bearer change-me").contentType("text/plain; charset=utf-8").body(TEXT).when()
                .post(ARTICLES).then().statusCode(201);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            application/json | {"text": ""}                                   | text
            application/json | {"text": "   \\n  "}                           | text
            application/json | {"title": "no text"}                           | text
            application/json | {"text": 42}                                   | text
            application/json | {"text": "نص", "author": "x"}                  | author
            application/json | {"text": "نص", "publishedDate": "2022-13-01"}  | publishedDate
            application/json | {"text": "نص", "publisher": "no-such-source"}  | publisher
            application/json | {"text": "نص", "url": "javascript:alert(1)"}   | url
            application/json | {"text": "نص", "title": ""}                    | title
            application/json | {"text": "نص"                                  | body
            application/json | ["نص"]                                         | body
            text/plain       | '   '                                          | text
            """)
    void badBodiesAre400ProblemsNamingTheField(String type, String body, String field) {
        post(type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .contentType("application/problem+json").body("type", is("/problems/invalid-body"))
                .body("errors[0].parameter", is(field));
        given().when().get(ARTICLES).then().body("total", is(5));
    }

    @Test
    void textThatIsNotUtf8Is400() {
        byte[] latin1 = "qutila muwatin fi l-raqqa \u00e9\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        post("text/plain; charset=utf-8", latin1).statusCode(400).body("errors[0].parameter", is("body"))
                .body("detail", containsString("UTF-8"));
        post("application/json", new byte[] { '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"',
                '}' }).statusCode(400).body("detail", containsString("UTF-8"));
    }

    @Test
    void otherMediaTypesAndCharsetsAre415() {
        post("application/xml", "<text>نص</text>").statusCode(415).contentType("application/problem+json")
                .body("type", is("/problems/unsupported-media-type"));
        post("text/plain; charset=iso-8859-1", "text".getBytes(StandardCharsets.ISO_8859_1)).statusCode(415)
                .body("type", is("/problems/unsupported-media-type"));
        post("multipart/form-data; boundary=x", "--x--").statusCode(415);
    }

    @Test
    void tooLargeIs413ProblemAndNothingIsStored() {
        // over sijill.seeds.max-bytes (1 MiB) of text: refused by the service
        String big = "ق".repeat(600_000); // 1.2 MB in UTF-8
        post("text/plain; charset=utf-8", big.getBytes(StandardCharsets.UTF_8)).statusCode(413)
                .contentType("application/problem+json").body("type", is("/problems/payload-too-large"))
                .body("detail", containsString("1048576"));
        // over quarkus.http.limits.max-body-size (2 MiB): refused before the body is read, still as a problem
        post("text/plain; charset=utf-8", new byte[3 * 1024 * 1024]).statusCode(413)
                .contentType("application/problem+json").body("status", is(413));
        given().when().get(ARTICLES).then().body("total", is(5));
    }

    private static String quote(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
