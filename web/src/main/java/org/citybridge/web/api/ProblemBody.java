package org.citybridge.web.api;

import java.util.List;

/** The parts of a problem+json body the pages use. */
record ProblemBody(String title, String detail, Integer status, List<ApiProblem.FieldProblem> errors) {
}
