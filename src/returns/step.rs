use vitrine_core::t;

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

    /// The step's heading, in the page's language.
    pub fn title(self) -> String {
        match self {
            ReturnStep::Items => t!("returns-step-items"),
            ReturnStep::Reasons => t!("returns-step-reasons"),
            ReturnStep::Resolutions => t!("returns-step-resolutions"),
            ReturnStep::Review => t!("returns-step-review"),
        }
    }

    /// The accessible name of the step's "Edit" button ("Edit choose items").
    pub fn edit_label(self) -> String {
        match self {
            ReturnStep::Items => t!("returns-step-edit-items"),
            ReturnStep::Reasons => t!("returns-step-edit-reasons"),
            ReturnStep::Resolutions => t!("returns-step-edit-resolutions"),
            ReturnStep::Review => t!("returns-step-edit-review"),
        }
    }

    pub fn next(self) -> Option<ReturnStep> {
        ReturnStep::ALL.get(self as usize + 1).copied()
    }
}
