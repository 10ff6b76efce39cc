package id.alurkinerja.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small helpers shared by the HTTP tests. */
public abstract class ApiTest {

  public static final String PROBLEM = "application/problem+json";

  protected static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  protected static RequestSpecification anonymous() {
    return given().contentType(ContentType.JSON);
  }
}
