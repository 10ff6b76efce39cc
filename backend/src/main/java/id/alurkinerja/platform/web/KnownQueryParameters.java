package id.alurkinerja.platform.web;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method (or class): a query parameter the method does not declare with
 * {@code @QueryParam} is refused with a 400 problem naming it ({@code UNKNOWN_FIELD}), so a misspelt
 * filter ({@code ?actio=form.paraf}) does not silently answer everything. See {@link QueryParameterGuard}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface KnownQueryParameters {}
