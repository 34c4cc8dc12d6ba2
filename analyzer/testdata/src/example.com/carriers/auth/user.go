package auth

import (
	"net/http"
)

// UserCreate creates a user.
func UserCreate(w http.ResponseWriter, r *http.Request) error { // want UserCreate:`returns\("email_exists", "email_exists" \(409\), "saml_provider_disabled" \(400\), "unexpected_failure" \(500\), "user_not_found" \(403\), "validation_failed" \(400\), "weak_password" \(400\)\)`
	if r.FormValue("email") == "" {
		return NewBadRequestError(ErrorCodeValidationFailed, "email is required") // ok: 400
	}
	if r.FormValue("password") == "" {
		return NewBadRequestError(ErrorCodeWeakPassword, "password is too weak") // want `code "weak_password" is documented with status 422 Unprocessable Entity \(errcodes.yaml:\d+\) but returned with 400 Bad Request \(by NewBadRequestError\)`
	}
	if r.FormValue("id") == "" {
		return NewForbiddenError(ErrorCodeUserNotFound, "no user") // want `code "user_not_found" is documented with status 404 Not Found \(errcodes.yaml:\d+\) but returned with 403 Forbidden \(by auth.NewForbiddenError\)`
	}
	if r.FormValue("saml") != "" {
		return NewBadRequestError(ErrorCodeSAMLDisabled, "SAML is disabled") // want `code "saml_provider_disabled" is not in the catalog`
	}
	if r.FormValue("db") != "" {
		return NewInternalServerError("database error").WithInternalMessage("%v", r.FormValue("db")) // ok: unexpected_failure, 500
	}
	return emailTaken()
}

// emailTaken sets the code and status by assignment.
func emailTaken() error {
	e := &HTTPError{}
	e.ErrorCode = ErrorCodeEmailExists
	e.HTTPStatus = http.StatusConflict
	e.Message = "email exists"
	return e // want `code "email_exists" is documented with status 422 Unprocessable Entity \(errcodes.yaml:\d+\) but returned with 409 Conflict \(set at line \d+\)`
}

// notFound sets a code the catalog lacks by assignment.
func notFound() *HTTPError {
	e := &HTTPError{HTTPStatus: http.StatusNotFound}
	e.ErrorCode = "user_missing" // want `code "user_missing" is not in the catalog`
	return e
}

// Traps.

// reassigned: the code field is set twice.
func reassigned(r *http.Request) error {
	e := &HTTPError{HTTPStatus: http.StatusUnprocessableEntity, ErrorCode: ErrorCodeEmailExists}
	if r.FormValue("x") != "" {
		e.ErrorCode = ErrorCodeUserNotFound
	}
	return e // ok: either code, with a status errcodes does not pair
}

// fromInput: the code comes from the request.
func fromInput(r *http.Request) error {
	e := &HTTPError{HTTPStatus: http.StatusConflict}
	e.ErrorCode = r.FormValue("code")
	return e
}
