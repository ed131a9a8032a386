/// The steps of starting a return, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ReturnStep {
    Items,
    Reasons,
    Resolutions,
    Review,
}

impl ReturnStep {
    pub const ALL: [ReturnStep; 4] = [ReturnStep::Items, ReturnStep::Reasons, ReturnStep::Resolutions, ReturnStep::Review];

    /// The id of the step's heading (it takes focus when the step opens).
    pub fn id(self) -> &'static str {
        match self {
            ReturnStep::Items => "vt-return-step-items",
            ReturnStep::Reasons => "vt-return-step-reasons",
            ReturnStep::Resolutions => "vt-return-step-resolutions",
            ReturnStep::Review => "vt-return-step-review",
        }
    }

    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn title(self) -> &'static str {
        match self {
            ReturnStep::Items => "Choose items",
            ReturnStep::Reasons => "Tell us why",
            ReturnStep::Resolutions => "Refund, credit or exchange",
            ReturnStep::Review => "Review and send",
        }
    }

    pub fn next(self) -> Option<ReturnStep> {
        ReturnStep::ALL.get(self as usize + 1).copied()
    }
}
