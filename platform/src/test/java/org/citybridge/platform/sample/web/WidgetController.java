package org.citybridge.platform.sample.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.citybridge.platform.sample.Widget;
import org.citybridge.platform.sample.WidgetService;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PayloadTooLargeException;
import org.citybridge.platform.web.PreconditionRequiredException;
import org.citybridge.platform.web.UnsupportedMediaTypeException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WidgetController {

    enum Colour { RED, GREEN }

    record CreateWidget(@NotBlank @Size(max = 20) String name, Colour colour, Visibility visibility) {
    }

    record WidgetResponse(String id, String municipality, String name) {
        static WidgetResponse of(Widget widget) {
            return new WidgetResponse(widget.id(), widget.municipality(), widget.name());
        }
    }

    private final WidgetService widgets;

    WidgetController(WidgetService widgets) {
        this.widgets = widgets;
    }

    @PostMapping("/widgets")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(Role.OFFICER)
    WidgetResponse create(@Valid @RequestBody CreateWidget request, Caller caller) {
        return WidgetResponse.of(widgets.create(caller, request.name(), request.visibility()));
    }

    @GetMapping("/widgets/{id}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    WidgetResponse get(@PathVariable String id, Caller caller) {
        return WidgetResponse.of(widgets.get(caller, id));
    }

    @PutMapping("/widgets/{id}")
    @Allowed(Role.OFFICER)
    WidgetResponse rename(@PathVariable String id, @Valid @RequestBody CreateWidget request, Caller caller) {
        return WidgetResponse.of(widgets.rename(caller, id, request.name()));
    }

    /** Paging parameters bound from the query string, as every list route binds them. */
    @GetMapping("/public/widgets")
    @PublicRoute
    String page(@Valid PageQuery paging) {
        return "page " + (paging.page() == null ? 0 : paging.page());
    }

    /** Each generic refusal the platform turns into a problem. */
    @GetMapping("/public/refuse/{status}")
    @PublicRoute
    String refuse(@PathVariable int status) {
        throw switch (status) {
            case 413 -> new PayloadTooLargeException("too large");
            case 415 -> new UnsupportedMediaTypeException("not an image");
            case 428 -> new PreconditionRequiredException("If-Match is required");
            default -> new IllegalArgumentException("no such refusal");
        };
    }

    /** A programming error, of the kind that once looked like a client's mistake (400 with its message). */
    @GetMapping("/public/boom")
    @PublicRoute
    String boom() {
        throw new IllegalArgumentException("internal detail that must not leak");
    }
}
