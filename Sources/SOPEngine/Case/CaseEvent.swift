import Foundation
import SOPDSL

/// One appended, hash-chained fact about a case. Case state is derived from these alone.
public struct CaseEvent: Codable, Sendable, Hashable {
    public var caseID: String
    /// 1-based position in the case's chain.
    public var sequence: Int
    public var payload: EventPayload
    /// When it happened (on paper, for back-dated events).
    public var occurredAt: Date
    /// When it was written to the store.
    public var recordedAt: Date
    /// Recorded after the fact with `--pada`.
    public var isBackdated: Bool
    public var actor: ActorRecord
    /// SHA-256 (hex) of the previous event of the same case; 64 zeros for the first.
    public var previousHash: String
    /// SHA-256 (hex) of this event's canonical content (everything above).
    public var hash: String

    public static let genesisHash = String(repeating: "0", count: 64)

    public var kind: String { payload.kind }
}

/// What an event says.
public enum EventPayload: Codable, Sendable, Hashable {
    case opened(CaseOpened)
    case stepCompleted(StepCompleted)
    case stepRefused(StepRefused)
    /// A recurring duty done (an agenda chain per SOP, not a case).
    case dutyDone(DutyDone)
    /// The case moved to a revised version of its SOP: what is done stays as recorded, the
    /// steps ahead follow the new version.
    case moved(CaseMoved)

    /// The step an event is about (nil for opening).
    public var step: String? {
        switch self {
        case .opened: nil
        case .stepCompleted(let done): done.step
        case .stepRefused(let refused): refused.step
        case .dutyDone(let duty): duty.duty
        case .moved: nil
        }
    }

    public var kind: String {
        switch self {
        case .opened: "dibuka"
        case .stepCompleted: "langkah_selesai"
        case .stepRefused: "ditolak"
        case .dutyDone: "tugas_berkala"
        case .moved: "dipindah"
        }
    }
}

/// Who acted: a roster member (by NIP), an outside party (by name and contact), or the system.
public struct ActorRecord: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case staff, external, system }
    public var kind: Kind
    /// NIP for staff; the name for outside parties.
    public var id: String
    public var name: String
    /// The SOP actor (pelaksana) id acted as, when known.
    public var role: String?
    /// "Plh. untuk <NIP>" when acting through a delegation.
    public var delegation: String?
    public var contact: String?

    public init(kind: Kind, id: String, name: String, role: String? = nil, delegation: String? = nil, contact: String? = nil) {
        self.kind = kind; self.id = id; self.name = name; self.role = role; self.delegation = delegation; self.contact = contact
    }

    public static let system = ActorRecord(kind: .system, id: "sistem", name: "Sistem")
}

public struct CaseOpened: Codable, Sendable, Hashable {
    public var sopHash: String
    public var sopName: String
    public var sopNumber: String
    public var sopPath: String
    public var data: [String: Value]
    /// The first node the case waits on (the first of `firstSteps` when it forks at once).
    public var firstStep: String
    /// Every node active at opening, when more than one (a fork right after the start).
    /// Absent in events written before rows held several symbols: they mean `[firstStep]`.
    public var firstSteps: [String]? = nil
    /// The start terminator chosen (`--mulai`) when the table has several.
    public var start: String? = nil
    /// The sub-procedure (`--prosedur`) when the SOP has several tables.
    public var procedure: String? = nil
    /// SHA-256 of the pinned SOP text the case runs on (absent in cases opened before it was kept).
    public var sopTextHash: String? = nil
    /// The opener's note (`--catatan`); absent in cases opened without one.
    public var note: String? = nil
    /// The office (`kantor.yaml` id) the case belongs to; absent where no offices are declared.
    public var office: String? = nil

    /// Every node active at opening.
    public var openingSteps: [String] { firstSteps ?? [firstStep] }
}

public struct StepCompleted: Codable, Sendable, Hashable {
    public var step: String
    public var fields: [String: Value]
    public var requirementsPresent: [String]
    /// Optional kelengkapan that was missing: a deviation, not a refusal.
    public var requirementsMissing: [String]
    public var outputProduced: Bool
    /// The decision exit taken, and whether the data or the actor chose it.
    public var exit: String?
    public var exitChosenBy: ExitChooser?
    /// The steps that became active after this one; empty when the case ended (or waits at a join).
    public var next: [String]
    /// Every node parked at a join after this event (absent when none).
    public var waiting: [String]? = nil
    /// Members of a `bersama: salah_satu` group no longer needed once this one acted.
    public var withdrawn: [String]? = nil
    /// The organisational level holding the case afterwards.
    public var level: OrgLevel?
    public var escalated: Bool
    public var note: String?
    /// The office holding the case afterwards: its own, or the ancestor answering at `level`
    /// (absent for cases without an office).
    public var office: String? = nil
}

public enum ExitChooser: String, Codable, Sendable { case condition = "kondisi", actor = "pelaksana" }

public struct DutyDone: Codable, Sendable, Hashable {
    public var sopHash: String
    public var duty: String
    public var note: String?
}

public struct StepRefused: Codable, Sendable, Hashable {
    public var step: String
    public var code: String
    public var message: String
}

/// A move to another version of the SOP (`sop kasus pindah`).
public struct CaseMoved: Codable, Sendable, Hashable {
    /// One running step: its id in the old version and in the new (equal when it kept its id).
    public struct StepMapping: Codable, Sendable, Hashable {
        public var from: String
        public var to: String
        public init(from: String, to: String) { self.from = from; self.to = to }
    }

    public var fromHash: String
    public var toHash: String
    /// The new version's text, as pinned: checked like the opening's.
    public var toTextHash: String
    public var sopName: String
    public var sopNumber: String
    public var sopPath: String
    public var steps: [StepMapping]
    /// True when the officer named the step to continue from (`--lanjut-dari`).
    public var restarted: Bool
    public var note: String?

    public init(fromHash: String, toHash: String, toTextHash: String, sopName: String, sopNumber: String, sopPath: String,
                steps: [StepMapping], restarted: Bool, note: String?) {
        self.fromHash = fromHash; self.toHash = toHash; self.toTextHash = toTextHash; self.sopName = sopName
        self.sopNumber = sopNumber; self.sopPath = sopPath; self.steps = steps; self.restarted = restarted; self.note = note
    }
}
