/// Stable diagnostic codes. The number never changes meaning once shipped; the
/// authoring guide (docs/panduan-penulisan.md) has an example for each.
///
/// SOP0xx reading and YAML syntax, SOP1xx structure and types, SOP2xx references,
/// SOP3xx time standards, SOP4xx conditions, SOP5xx SOP AP (PermenPAN-RB 35/2012) lint rules.
public enum DiagnosticCode: String, Sendable, Codable, CaseIterable, Comparable {
    case unreadableFile = "SOP001"
    case yamlSyntax = "SOP002"
    case emptyDocument = "SOP003"
    case nestingTooDeep = "SOP004"
    case fileTooLarge = "SOP005"
    case badAlias = "SOP006"
    case multipleDocuments = "SOP007"
    case badMergeKey = "SOP008"

    case unknownKey = "SOP101"
    case missingKey = "SOP102"
    case duplicateKey = "SOP103"
    case wrongType = "SOP104"
    case invalidValue = "SOP105"
    case emptyValue = "SOP106"
    case invalidDate = "SOP107"
    case invalidIdentifier = "SOP108"
    case conflictingKeys = "SOP109"
    case symbolKeyOnRow = "SOP110"
    case exitsNeedDecision = "SOP111"
    case unquotedCommaInFlow = "SOP112"
    case badLogo = "SOP113"
    case badAcknowledgement = "SOP114"

    case duplicateID = "SOP201"
    case unknownActor = "SOP202"
    case unknownStep = "SOP203"
    case unknownField = "SOP204"
    case missingLinkedSOP = "SOP205"
    case badTimeSpan = "SOP206"
    case unknownChannel = "SOP207"
    case actorWithoutColumn = "SOP208"
    case lineOutsideRow = "SOP209"
    case laneOutsideProcedure = "SOP210"

    case malformedTime = "SOP301"
    case calendarDays = "SOP302"
    case invertedRange = "SOP303"
    case longOfficeHours = "SOP304"

    case conditionSyntax = "SOP401"
    case conditionType = "SOP402"

    case firstStepNotTerminator = "SOP501"
    case lastStepNotTerminator = "SOP502"
    case tooFewExits = "SOP503"
    case duplicateExitLabel = "SOP504"
    case unreachableStep = "SOP505"
    case deadEndStep = "SOP506"
    case unusedActor = "SOP507"
    case activityStartsWithSubject = "SOP508"
    case tooManyActorColumns = "SOP509"
    case togetherWithDecision = "SOP510"

    // SOP7xx roster (daftar petugas)
    case unknownStaff = "SOP701"
    case invalidPeriod = "SOP702"
    case unknownOffice = "SOP703"
    case officeHierarchy = "SOP704"

    // SOP6xx calendar
    case unknownTimeZone = "SOP601"
    case badClockTime = "SOP602"
    case overlappingOfficeHours = "SOP603"
    case noWorkingDays = "SOP604"
    case badCalendarYears = "SOP605"
    case dayOffOutsideYears = "SOP606"
    case duplicateDayOff = "SOP607"
    case badCalendarInclude = "SOP608"

    public var defaultSeverity: Severity {
        switch self {
        case .calendarDays, .longOfficeHours, .unusedActor, .activityStartsWithSubject, .tooManyActorColumns,
             .firstStepNotTerminator, .lastStepNotTerminator, .togetherWithDecision:
            .warning
        default:
            .error
        }
    }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
