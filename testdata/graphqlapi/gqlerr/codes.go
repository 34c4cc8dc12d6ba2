package gqlerr

// ErrorCode is APIError.code: the ErrorCode enum of the API docs
// (docs/graphql-api-errors.md). The numbers are API codes, not HTTP
// statuses, even where they look like one.
type ErrorCode int

// The codes, as the docs' enum declares them.
const (
	Unauthorized                 ErrorCode = 401
	NotFound                     ErrorCode = 404
	TooManyRequests              ErrorCode = 429
	InternalServerError          ErrorCode = 500
	JWTInvalidForWrite           ErrorCode = 996
	NoPermissions                ErrorCode = 997
	ForceRedirect                ErrorCode = 998
	JWTValidationFailed          ErrorCode = 999
	InvalidInput                 ErrorCode = 1000
	OrderError                   ErrorCode = 1001
	ParsingFailure               ErrorCode = 1030
	VersionMismatch              ErrorCode = 1031
	CSVReadError                 ErrorCode = 1066
	UserDisabled                 ErrorCode = 1068
	UserLocked                   ErrorCode = 1069
	ReviewOutOfDate              ErrorCode = 1107
	RealtimeShippingRatesFailure ErrorCode = 1109
	URLFetchFailure              ErrorCode = 1110
	TaxSystemFailure             ErrorCode = 1111
	XeroFailure                  ErrorCode = 1112
	QuickbooksFailure            ErrorCode = 1113
	CannotSwitchToPlan           ErrorCode = 1116
	GatewayCreationError         ErrorCode = 1117
	StripeAPICallFailure         ErrorCode = 1122
	GatewayTransactionError      ErrorCode = 1123
	TaskTypeInProgress           ErrorCode = 1127
	InvalidFields                ErrorCode = 1131
	InvalidInputCount            ErrorCode = 1132
	FailedCooking                ErrorCode = 1137
	CurrencyConversion           ErrorCode = 1143
	LimitExceeded                ErrorCode = 1146
	InvalidOperation             ErrorCode = 1150
	DownloadLimitExceeded        ErrorCode = 1151
	TryAgainLater                ErrorCode = 1153
	ConditionEvalFailure         ErrorCode = 1154
	RefundFailure                ErrorCode = 1155
	AdminError                   ErrorCode = 1156
	AnalyticsAPICallFailure      ErrorCode = 1157
	OAuth2EmailMismatch          ErrorCode = 1158
)

// PaymentDeclined was added for the new checkout flow; the published docs
// do not list it yet.
const PaymentDeclined ErrorCode = 1124

// names maps each documented code to its enum member's name, for Named.
var names = map[string]ErrorCode{
	"Unauthorized": Unauthorized, "NotFound": NotFound, "TooManyRequests": TooManyRequests,
	"InternalServerError": InternalServerError, "InvalidInput": InvalidInput, "OrderError": OrderError,
	"InvalidOperation": InvalidOperation, "LimitExceeded": LimitExceeded, "TryAgainLater": TryAgainLater,
	"TaskTypeInProgress": TaskTypeInProgress, "XeroFailure": XeroFailure, "QuickbooksFailure": QuickbooksFailure, "AdminError": AdminError,
}
