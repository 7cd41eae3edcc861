import Foundation

/// The canonical body of an event, written by hand: the bytes `JSONEncoder` made of
/// `EventHasher`'s `Canonical` struct, member by member, keys in sorted order. An enum case with
/// a payload is encoded by synthesized `Codable` as `{"case":{"_0":{...}}}`; optional members
/// are left out when nil.
enum CanonicalEventBody {
    /// Nil when `JSONEncoder` would have failed (a number that is NaN or infinite).
    static func bytes(_ event: CaseEvent) -> [UInt8]? {
        var json = CanonicalJSON()
        json.object { json in
            json.key("actor"); write(event.actor, to: &json)
            json.key("caseID"); json.value(event.caseID)
            json.key("isBackdated"); json.value(event.isBackdated)
            json.key("occurredAt"); json.value(event.occurredAt)
            json.key("payload"); write(event.payload, to: &json)
            json.key("previousHash"); json.value(event.previousHash)
            json.key("recordedAt"); json.value(event.recordedAt)
            json.key("sequence"); json.value(event.sequence)
        }
        return json.isValid ? json.bytes : nil
    }

    static func write(_ actor: ActorRecord, to json: inout CanonicalJSON) {
        json.object { json in
            json.member("contact", actor.contact)
            json.member("delegation", actor.delegation)
            json.key("id"); json.value(actor.id)
            json.key("kind"); json.value(actor.kind.rawValue)
            json.key("name"); json.value(actor.name)
            json.member("role", actor.role)
        }
    }

    static func write(_ payload: EventPayload, to json: inout CanonicalJSON) {
        json.object { json in
            switch payload {
            case .opened(let opened): json.key("opened"); wrapped(opened, write, to: &json)
            case .stepCompleted(let done): json.key("stepCompleted"); wrapped(done, write, to: &json)
            case .stepRefused(let refused): json.key("stepRefused"); wrapped(refused, write, to: &json)
            case .dutyDone(let duty): json.key("dutyDone"); wrapped(duty, write, to: &json)
            case .moved(let move): json.key("moved"); wrapped(move, write, to: &json)
            }
        }
    }

    /// `{"_0": value}`: the unlabeled associated value of an enum case.
    private static func wrapped<T>(_ value: T, _ write: (T, inout CanonicalJSON) -> Void, to json: inout CanonicalJSON) {
        json.object { json in
            json.key("_0")
            write(value, &json)
        }
    }

    static func write(_ opened: CaseOpened, to json: inout CanonicalJSON) {
        json.object { json in
            json.key("data"); json.value(opened.data)
            json.key("firstStep"); json.value(opened.firstStep)
            json.member("firstSteps", opened.firstSteps)
            json.member("note", opened.note)
            json.member("office", opened.office)
            json.member("procedure", opened.procedure)
            json.key("sopHash"); json.value(opened.sopHash)
            json.key("sopName"); json.value(opened.sopName)
            json.key("sopNumber"); json.value(opened.sopNumber)
            json.key("sopPath"); json.value(opened.sopPath)
            json.member("sopTextHash", opened.sopTextHash)
            json.member("start", opened.start)
        }
    }

    static func write(_ done: StepCompleted, to json: inout CanonicalJSON) {
        json.object { json in
            json.key("escalated"); json.value(done.escalated)
            json.member("exit", done.exit)
            json.member("exitChosenBy", done.exitChosenBy?.rawValue)
            json.key("fields"); json.value(done.fields)
            json.member("level", done.level?.rawValue)
            json.key("next"); json.value(done.next)
            json.member("note", done.note)
            json.member("office", done.office)
            json.key("outputProduced"); json.value(done.outputProduced)
            json.key("requirementsMissing"); json.value(done.requirementsMissing)
            json.key("requirementsPresent"); json.value(done.requirementsPresent)
            json.key("step"); json.value(done.step)
            json.member("waiting", done.waiting)
            json.member("withdrawn", done.withdrawn)
        }
    }

    static func write(_ refused: StepRefused, to json: inout CanonicalJSON) {
        json.object { json in
            json.key("code"); json.value(refused.code)
            json.key("message"); json.value(refused.message)
            json.key("step"); json.value(refused.step)
        }
    }

    static func write(_ duty: DutyDone, to json: inout CanonicalJSON) {
        json.object { json in
            json.key("duty"); json.value(duty.duty)
            json.member("note", duty.note)
            json.key("sopHash"); json.value(duty.sopHash)
        }
    }

    static func write(_ move: CaseMoved, to json: inout CanonicalJSON) {
        json.object { json in
            json.key("fromHash"); json.value(move.fromHash)
            json.member("note", move.note)
            json.key("restarted"); json.value(move.restarted)
            json.key("sopName"); json.value(move.sopName)
            json.key("sopNumber"); json.value(move.sopNumber)
            json.key("sopPath"); json.value(move.sopPath)
            json.key("steps")
            json.array(move.steps) { json, mapping in
                json.object { json in
                    json.key("from"); json.value(mapping.from)
                    json.key("to"); json.value(mapping.to)
                }
            }
            json.key("toHash"); json.value(move.toHash)
            json.key("toTextHash"); json.value(move.toTextHash)
        }
    }
}
