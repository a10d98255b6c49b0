/// What the server said when it accepted a message, and how many tries it took.
public struct DeliveryReceipt: Sendable, Equatable {
    /// The reply to the end of DATA, such as "250 2.0.0 Ok: queued as 4F3A2".
    public var reply: String
    public var attempts: Int

    public init(reply: String, attempts: Int) {
        self.reply = reply
        self.attempts = attempts
    }
}
