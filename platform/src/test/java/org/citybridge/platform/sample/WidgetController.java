package org.citybridge.platform.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.web.NotFoundException;
import org.citybridge.platform.web.PayloadTooLargeException;
import org.citybridge.platform.web.PreconditionRequiredException;
import org.citybridge.platform.web.UnsupportedMediaTypeException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WidgetController {

    enum Colour { RED, GREEN }

    record CreateWidget(@NotBlank @Size(max = 20) String name, Colour colour) {
    }

    record WidgetResponse(String id, String municipality, String name) {
    }

    private final WidgetRepository widgets;

    WidgetController(WidgetRepository widgets) {
        this.widgets = widgets;
    }

    @PostMapping("/widgets")
    @ResponseStatus(HttpStatus.CREATED)
    WidgetResponse create(@Valid @RequestBody CreateWidget request, Caller caller) {
        Widget widget = widgets.save(Widget.create(caller.requireMunicipality(), request.name()));
        return new WidgetResponse(widget.id(), widget.municipality(), widget.name());
    }

    @GetMapping("/widgets/{id}")
    WidgetResponse get(@PathVariable String id, Caller caller) {
        return widgets.findById(id).filter(widget -> caller.belongsTo(widget.municipality()))
                .map(widget -> new WidgetResponse(widget.id(), widget.municipality(), widget.name()))
                .orElseThrow(() -> NotFoundException.of("Widget", id));
    }

    /** Each generic refusal the platform turns into a problem. */
    @GetMapping("/public/refuse/{status}")
    String refuse(@PathVariable int status) {
        throw switch (status) {
            case 413 -> new PayloadTooLargeException("too large");
            case 415 -> new UnsupportedMediaTypeException("not an image");
            case 428 -> new PreconditionRequiredException("If-Match is required");
            default -> new IllegalArgumentException("no such refusal");
        };
    }

    @GetMapping("/public/boom")
    String boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }
}
